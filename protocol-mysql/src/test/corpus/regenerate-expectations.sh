#!/bin/sh
# Regenerates protocol-mysql/src/test/resources/classify/expected.txt from the classifier as it is now.
# Run from the repository root after a deliberate change to the classifier, then review `git diff`
# of expected.txt line by line before committing: every changed line is a statement whose class moved.
# (The corpus itself comes from extract-corpus.py and needs Debian's mariadb-test package; this does not.)
set -e
mvn -B -q -pl protocol-mysql -am test -Dtest=ClassifierCorpusTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dclassify.regenerate=true
git diff --stat -- protocol-mysql/src/test/resources/classify/expected.txt
