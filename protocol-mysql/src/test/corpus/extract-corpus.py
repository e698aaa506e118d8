#!/usr/bin/env python3
"""Extracts SQL statements from MariaDB's regression suite into the classifier's corpus.

Usage: extract-corpus.py [MYSQL_TEST_MAIN_DIR] [OUTPUT]
  MYSQL_TEST_MAIN_DIR  default /usr/share/mysql/mysql-test/main (Debian: apt-get install mariadb-test)
  OUTPUT               default protocol-mysql/src/test/resources/classify/corpus.sql

What it does, per *.test file (in name order):
  - follows mysqltest's `delimiter` / `--delimiter` changes and cuts statements at the delimiter
    (outside quotes and comments), so stored-program bodies stay one statement;
  - drops `#` comment lines and `--` lines (--echo, --error, -- source, ...) wherever they are, the text of
    `perl;` / `write_file` / `append_file` blocks (up to their end marker), `if (...) {`, `while (...) {`
    and `}` lines, and statements whose first word is a mysqltest command (let, echo, connect, ...);
  - keeps the SQL of `query`, `send`, `query_vertical`, `query_horizontal`, `eval` and `send_eval`;
  - drops statements that use mysqltest variables ($var), are longer than 2000 bytes, or are not UTF-8;
  - de-duplicates (exact text), then keeps a deterministic sample: a statement is kept when the first
    byte of its MD5 digest is below SAMPLE_THRESHOLD (so the choice of one statement does not depend on
    the others), which gives ~15,000 statements from 10.11's suite.
Output: one statement per line; backslash, newline, carriage return and tab are escaped as
\\\\, \\n, \\r, \\t (the test unescapes them). Lines are in file order, then statement order.
"""
import hashlib
import os
import re
import sys

SAMPLE_THRESHOLD = 40  # of 256
MAX_BYTES = 2000

COMMANDS = set("""
append_file cat_file change_user character_set chmod connect connection copy_file copy_files_wildcard dec
die diff_files dirty_close disable_abort_on_error disable_async_client disable_connect_log disable_info
disable_metadata disable_ps_protocol disable_query_log disable_reconnect disable_result_log
disable_session_track_info disable_warnings disable_cursor_protocol disable_view_protocol
disable_sp_protocol disable_service_connection disconnect echo enable_abort_on_error
enable_async_client enable_connect_log enable_info enable_metadata enable_ps_protocol enable_query_log
enable_reconnect enable_result_log enable_session_track_info enable_warnings enable_cursor_protocol
enable_view_protocol enable_sp_protocol enable_service_connection end end_timer error exec execw exit
file_exists horizontal_results if inc let list_files list_files_append_file list_files_write_file
lowercase_result mkdir move_file output perl ping query_attributes real_sleep reap remove_file
remove_files_wildcard replace_column replace_numeric_round replace_regex replace_result reset_connection
result_format rmdir save_master_pos send_quit send_shutdown shutdown_server skip sleep sorted_result
partially_sorted_result source start_timer sync_slave_with_master sync_with_master system vertical_results
wait_for_slave_to_stop while write_file write_line cat_file require result query_get_value
let_if_not_exists assert expr sync_up_with_master connect_timeout disable_testcase enable_testcase
""".split())
SQL_PREFIXES = ("query_vertical", "query_horizontal", "send_eval", "eval", "send", "query")


def statements(path):
    with open(path, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    delimiter = b";"
    buf = []
    block_end = None
    out = []
    for raw in lines:
        line = raw.rstrip(b"\r")
        stripped = line.strip()
        if block_end is not None:
            if stripped == block_end:
                block_end = None
            continue
        low = stripped.lower()
        if not buf and re.match(rb"(--)?\s*(perl|write_file|append_file)\b", low):
            end = b"EOF"
            if low.startswith(b"--") or b"perl" in low[:6]:
                words = stripped.rstrip(b";").split()
                if len(words) >= 2 and words[-1].isupper():
                    end = words[-1]
            block_end = end
            continue
        m = None if buf else re.match(rb"(--)?\s*delimiter\s+(\S+)", stripped, re.I)
        if m:
            d = m.group(2)
            if m.group(1) is None and d.endswith(delimiter) and len(d) > len(delimiter):
                d = d[: -len(delimiter)]
            delimiter = d
            continue
        if stripped.startswith(b"#") or stripped.startswith(b"--"):
            # comments and --commands, also between the lines of a statement
            continue
        if not buf:
            low = stripped.lower()
            if not stripped:
                continue
            if re.match(rb"(if|while)\s*\(", low) or stripped in (b"}", b"{", b"};", b"} else {"):
                continue
            if stripped.startswith(b"}"):
                continue
        buf.append(line)
        text = b"\n".join(buf)
        parts = split(text, delimiter)
        if parts is None:
            continue
        complete, rest = parts
        out.extend(complete)
        buf = [rest] if rest.strip() else []
    return out


def split(text, delimiter):
    """Cuts text at the delimiter outside quotes and comments; None if no statement is complete."""
    done = []
    start = 0
    i = 0
    n = len(text)
    quote = None
    while i < n:
        c = text[i:i + 1]
        if quote:
            if c == b"\\" and quote != b"`":
                i += 2
                continue
            if c == quote:
                quote = None
            i += 1
            continue
        if c in (b"'", b'"', b"`"):
            quote = c
        elif text.startswith(b"/*", i) and not text.startswith(b"/*!", i) and not text.startswith(b"/*M!", i):
            j = text.find(b"*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        elif c == b"#" or (text.startswith(b"-- ", i)):
            j = text.find(b"\n", i)
            i = n if j < 0 else j
            continue
        elif text.startswith(delimiter, i):
            done.append(text[start:i])
            i += len(delimiter)
            start = i
            continue
        i += 1
    if not done:
        return None
    return done, text[start:]


def clean(stmt):
    s = stmt.strip()
    if not s:
        return None
    words = s.split(None, 1)
    m = re.match(rb"[A-Za-z_]+", words[0])
    first = m.group(0).lower() if m else b""
    if first in (w.encode() for w in SQL_PREFIXES):
        if len(words) < 2:
            return None
        s = words[1].strip()
        first = s.split(None, 1)[0].lower() if s else b""
    elif first.decode("latin-1") in COMMANDS:
        return None
    if b"$" in s or len(s) > MAX_BYTES or not s:
        return None
    try:
        text = s.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    return text


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/mysql/mysql-test/main"
    dst = sys.argv[2] if len(sys.argv) > 2 else "protocol-mysql/src/test/resources/classify/corpus.sql"
    seen = set()
    kept = []
    total = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".test"):
            continue
        for stmt in statements(os.path.join(src, name)):
            text = clean(stmt)
            if text is None or text in seen:
                continue
            seen.add(text)
            total += 1
            if hashlib.md5(text.encode("utf-8")).digest()[0] < SAMPLE_THRESHOLD:
                kept.append(text)
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        for text in kept:
            f.write(escape(text) + "\n")
    print(f"{total} distinct statements, {len(kept)} kept in {dst}", file=sys.stderr)


if __name__ == "__main__":
    main()
