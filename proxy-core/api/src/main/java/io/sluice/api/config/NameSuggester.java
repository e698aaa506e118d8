package io.sluice.api.config;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known name to a misspelt one (edit distance at most 2). */
public final class NameSuggester
{
    private static final int MAX_DISTANCE = 2;

    private NameSuggester()
    {
    }

    /** The first candidate at the smallest distance, if that distance is at most 2 and shorter than the candidate. */
    public static Optional<String> closest(String name, Collection<String> candidates)
    {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates)
        {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance && d <= MAX_DISTANCE && d < candidate.length())
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String hint(String name, Collection<String> candidates)
    {
        return closest(name, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b)
    {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
        {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
            {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
