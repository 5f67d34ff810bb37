"""The interface's words in each language but English: one table per language."""
