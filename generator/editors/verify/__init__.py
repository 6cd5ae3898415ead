"""`appendix verify`: built editions checked with every checker this machine has,
and a conformance report a clerk keeps with the paper.

Each edition's checks are in a module of their own (`pdf`, `word`, `web`,
`workbook`); `outcome` says what one check found, `editions` which files are
checked, `conformance` runs them and `report` writes the Markdown and JSON.
"""
