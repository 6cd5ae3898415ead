"""The translators' round trip: a quarter's commentary in the report's main language
exported as one file for translation tools (PO or XLIFF), and the translation imported
back into `narratives/<quarter>/<tag>/` (docs/formats.md, part 3, "Translating the
commentary")."""
