"""The wizard: the only package that imports Textual."""

from jdwizard.tui import quick_classes

# Before any of Textual's widget classes is made: they are made faster (quick_classes).
quick_classes.install()
