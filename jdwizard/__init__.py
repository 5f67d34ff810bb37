"""jdwizard: write job descriptions as TOML, render them as numbered Markdown."""

__version__ = "0.1.0"
