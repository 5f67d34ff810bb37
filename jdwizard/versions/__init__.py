"""Versions of a job description: what changed between two (diff), and the revision
record drafted from it (summary). Pure data in, data out: nothing here prints or
imports Textual; `jdwizard diff` (jdwizard/diff_commands.py) prints."""
