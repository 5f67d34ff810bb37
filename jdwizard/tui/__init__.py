"""The wizard: the only package that imports Textual."""
