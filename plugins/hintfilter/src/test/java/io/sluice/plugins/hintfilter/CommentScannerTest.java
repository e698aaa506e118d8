package io.sluice.plugins.hintfilter;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comments found in statement texts: MaxScale's test_hintparser.cc cases, and a few of ours. */
class CommentScannerTest
{
    /** The comments of sql, scanned where it sits in a buffer with bytes before and after it. */
    static List<String> comments(final String sql)
    {
        final byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        final ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 10);
        buffer.put(5, bytes);
        buffer.put(0, "'/*x".getBytes(StandardCharsets.US_ASCII)); // must not matter: before the range
        buffer.put(5 + bytes.length, "*/ #y".getBytes(StandardCharsets.US_ASCII)); // after it
        final List<String> found = new ArrayList<>();
        CommentScanner.scan(buffer, 5, 5 + bytes.length, (text, start, end) ->
        {
            final byte[] comment = new byte[end - start];
            text.get(start, comment);
            found.add(new String(comment, StandardCharsets.UTF_8));
        });
        return found;
    }

    private static void check(final String sql, final String... expected)
    {
        assertEquals(List.of(expected), comments(sql), sql);
    }

    @Test
    void shouldFindEachFormOfComment()
    {
        check("select 1 -- this is a comment", "this is a comment");
        check("select 1 #this is a comment", "this is a comment");
        check("select 1 # this is a comment", " this is a comment");
        check("select 1 /*this is a comment*/", "this is a comment");
    }

    @Test
    void shouldFindCommentsOnTheirOwnLines()
    {
        check("-- this is a comment\nselect 1", "this is a comment");
        check("#this is a comment\nselect 1", "this is a comment");
        check("select 1\n-- this is a comment", "this is a comment");
        check("select 1\n#this is a comment", "this is a comment");
        check("select 1;\n-- this is a comment\nselect 2;", "this is a comment");
        check("select 1;\n#this is a comment\nselect 2;", "this is a comment");
    }

    @Test
    void shouldFindBlocksOverSeveralLines()
    {
        check("select 1\n/* this is a comment */", " this is a comment ");
        check("select 1\n/*this is \na comment*/", "this is \na comment");
        check("select 1\n/**\n *this is \n* a comment\n*/", "*\n *this is \n* a comment\n");
        check("select /*this is a comment*/ 1", "this is a comment");
        check("select 1\n/* this is \na comment */", " this is \na comment ");
    }

    @Test
    void shouldFindEveryCommentInOrder()
    {
        check("select /*first*/ 1 /*second*/", "first", "second");
        check("-- first\nselect 1\n-- second", "first", "second");
        check("/** first comment */ select 1 -- second comment", "* first comment ", "second comment");
        check("#first\nselect 1\n#second#comment", "first", "second#comment");
        check("#first\nselect 1/*second*/-- third", "first", "second", "third");
        check("select 1 /* a *//* b */", " a ", " b ");
    }

    @Test
    void shouldSkipQuotedStringsAndIdentifiers()
    {
        check("select '/*do not parse this*/' /*parse this*/", "parse this");
        check("select \"/*do not parse this*/\" /*parse this*/", "parse this");
        check("select `/*do not parse this*/`/*parse this*/", "parse this");
        check("select/*parse this*/ '/*do not parse this*/'", "parse this");
        check("select/*parse this*/ \"/*do not parse this*/\"", "parse this");
        check("select/*parse this*/ `/*do not parse this*/`", "parse this");
        check("select \"/*do not\\\" parse this*/\"");
        check("select '/*do not'' parse this*/'");
        check("select '/*do not\\' parse this*/'");
        check("select '-- maxscale route to master' -- real", "real");
        check("select 'it''s' # real", " real");
    }

    @Test
    void shouldFindNothingInMalformedInput()
    {
        check("select '/*do not parse this*/\"");
        check("select \"/*do not parse this*/'");
        check("select `/*do not parse this*/'");
        check("select `/*do not parse this*/\"");
        check("select \"/*do not parse this*/");
        check("select '/*do not parse this*/");
        check("select `/*do not parse this*/");
        check("select /do not parse this*/");
        check("select / *do not parse this*/");
        check("select /*do not parse this* /");
        check("select /*do not parse this*\\/");
        check("select /\n*do not parse this*/");
        check("select --\ndo not parse this");
        check("select --\tdo not parse this");
        check("select ' \\' -- do not parse this");
        check("select \" \\\" -- do not parse this");
        check("select ` \\` -- do not parse this");
        check("select 1 /*");
        check("select 1 /**/");
        check("select 1 #");
        check("select 1 --");
        check("select 1 -- ");
        check("select 1 \\");
    }

    @Test
    void shouldNeedASpaceAfterTwoDashes()
    {
        // MXS-2289
        check("select 1; --bad comment");
        check("select 1; --bad comment\n -- working comment", "working comment");
        check("-- working comment\nselect 1; --bad comment", "working comment");
        check("select 1 -- working comment --bad comment", "working comment --bad comment");
        check("select 1--1 -- c", "c");
    }
}
