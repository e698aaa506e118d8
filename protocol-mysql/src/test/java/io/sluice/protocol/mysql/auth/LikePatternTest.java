package io.sluice.protocol.mysql.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LikePatternTest
{
    @ParameterizedTest(name = "''{0}'' ~ ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        "test\\_%  | test_x   | true",
        "test\\_%  | test_    | true",
        "test\\_%  | testx    | false",
        "test\\_%  | test     | false",
        "oth_r     | othxr    | true",
        "oth_r     | oth_r    | true",
        "oth_r     | othr     | false",
        "%         | ''       | true",
        "%         | anything | true",
        "a%b%c     | aXbYc    | true",
        "a%b%c     | abc      | true",
        "a%b%c     | acb      | false",
        "a%        | a        | true",
        "%a        | bba      | true",
        "%a        | bab      | false",
        "_         | ''       | false",
        "__        | ab       | true",
        "__        | abc      | false",
        "a\\%      | a%       | true",
        "a\\%      | ab       | false",
        "a\\       | a\\      | true",
        "Test      | test     | false",
        "%%%x      | x        | true",
    })
    void shouldMatchLikeWildCompare(final String pattern, final String subject, final boolean expected)
    {
        assertEquals(expected, LikePattern.compile(pattern).matches(subject, false));
    }

    @Test
    void shouldIgnoreAsciiCaseOnlyWhenAsked()
    {
        assertTrue(LikePattern.compile("LOCAL%").matches("localhost", true));
        assertFalse(LikePattern.compile("LOCAL%").matches("localhost", false));
    }

    @Test
    void shouldTellEscapedFromRealWildcards()
    {
        assertTrue(LikePattern.compile("test\\_%").hasWildcards());
        assertFalse(LikePattern.compile("test\\_db").hasWildcards());
        assertTrue(LikePattern.compile("oth_r").hasWildcards());
        assertEquals("test_db", LikePattern.stripEscapes("test\\_db"));
        assertEquals("a\\", LikePattern.stripEscapes("a\\"));
        assertEquals("plain", LikePattern.stripEscapes("plain"));
    }
}
