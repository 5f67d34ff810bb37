"""The finished document: its numbered layout, and the writers that print it (Markdown,
DOCX, PDF), all walking the same structure."""
