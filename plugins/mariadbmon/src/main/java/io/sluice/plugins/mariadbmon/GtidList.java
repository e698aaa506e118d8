package io.sluice.plugins.mariadbmon;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A MariaDB GTID position such as {@code @@gtid_current_pos}: at most one GTID
 * ({@code domain-server_id-sequence}) per replication domain, e.g. {@code 0-1-42,1-3-7}. Immutable.
 *
 * <p>Positions are compared per domain by sequence number, as MariaDB orders events of one
 * domain: a server whose position has a higher sequence in a domain has applied more of it.
 */
public final class GtidList
{
    /** One GTID. */
    public record Gtid(long domain, long serverId, long sequence)
    {
        @Override
        public String toString()
        {
            return domain + "-" + serverId + "-" + sequence;
        }
    }

    /** The empty position (a server without any GTID). */
    public static final GtidList EMPTY = new GtidList(Map.of());

    private final Map<Long, Gtid> byDomain;

    private GtidList(final Map<Long, Gtid> byDomain)
    {
        this.byDomain = byDomain;
    }

    /**
     * Parses {@code domain-server-sequence[,...]}; null or blank is the empty position.
     *
     * @throws IllegalArgumentException for text that is not a GTID list
     */
    public static GtidList parse(final String text)
    {
        if (text == null || text.isBlank())
        {
            return EMPTY;
        }
        final Map<Long, Gtid> gtids = new TreeMap<>();
        for (final String part : text.split(","))
        {
            final String p = part.trim();
            if (p.isEmpty())
            {
                continue;
            }
            final String[] fields = p.split("-");
            if (fields.length != 3)
            {
                throw new IllegalArgumentException("not a GTID: '" + p + "' in '" + text + "'");
            }
            try
            {
                final Gtid gtid = new Gtid(Long.parseUnsignedLong(fields[0]), Long.parseUnsignedLong(fields[1]),
                    Long.parseUnsignedLong(fields[2]));
                gtids.put(gtid.domain(), gtid);
            }
            catch (final NumberFormatException e)
            {
                throw new IllegalArgumentException("not a GTID: '" + p + "' in '" + text + "'", e);
            }
        }
        return gtids.isEmpty() ? EMPTY : new GtidList(Collections.unmodifiableMap(gtids));
    }

    /** Like {@link #parse} but the empty position for text that does not parse. */
    public static GtidList parseLenient(final String text)
    {
        try
        {
            return parse(text);
        }
        catch (final IllegalArgumentException e)
        {
            return EMPTY;
        }
    }

    /** True when there is no GTID at all. */
    public boolean isEmpty()
    {
        return byDomain.isEmpty();
    }

    /** The replication domains present. */
    public Set<Long> domains()
    {
        return byDomain.keySet();
    }

    /** The GTID of a domain, or null. */
    public Gtid get(final long domain)
    {
        return byDomain.get(domain);
    }

    /** The sequence number of a domain, 0 when the domain is absent. */
    public long sequence(final long domain)
    {
        final Gtid gtid = byDomain.get(domain);
        return gtid == null ? 0 : gtid.sequence();
    }

    /**
     * True when this position has reached {@code target} in every domain of the target (its
     * sequence there is at least the target's): a server at this position has applied everything
     * a server at target had.
     */
    public boolean covers(final GtidList target)
    {
        for (final Gtid gtid : target.byDomain.values())
        {
            if (sequence(gtid.domain()) < gtid.sequence())
            {
                return false;
            }
        }
        return true;
    }

    /**
     * How many events this position is ahead of {@code other}, summed over the given domains (each
     * domain counts {@code max(0, this - other)}); with an empty domain set, over this position's
     * own domains.
     */
    public long eventsAhead(final GtidList other, final Set<Long> domains)
    {
        long ahead = 0;
        for (final long domain : domains.isEmpty() ? byDomain.keySet() : domains)
        {
            ahead += Math.max(0, sequence(domain) - other.sequence(domain));
        }
        return ahead;
    }

    /**
     * True when, in some domain, this position and {@code other} end at the same sequence number
     * but with events from different servers: two different transactions took that number (e.g. a
     * crashed primary's last, unreplicated commit, and the first commit of the replica promoted in
     * its place), so a server at this position cannot replicate from one at {@code other}.
     */
    public boolean divergesFrom(final GtidList other)
    {
        for (final Gtid gtid : byDomain.values())
        {
            final Gtid theirs = other.get(gtid.domain());
            if (theirs != null && theirs.sequence() == gtid.sequence() && theirs.serverId() != gtid.serverId())
            {
                return true;
            }
        }
        return false;
    }

    /** The sum of the sequence numbers of the given domains (all of its own when empty): a rough "how far". */
    public long total(final Set<Long> domains)
    {
        long sum = 0;
        for (final long domain : domains.isEmpty() ? byDomain.keySet() : domains)
        {
            sum += sequence(domain);
        }
        return sum;
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof GtidList other && byDomain.equals(other.byDomain);
    }

    @Override
    public int hashCode()
    {
        return byDomain.hashCode();
    }

    /** MariaDB's own format, domains in ascending order, e.g. {@code 0-1-42,1-3-7}. */
    @Override
    public String toString()
    {
        final StringBuilder text = new StringBuilder();
        for (final Gtid gtid : byDomain.values())
        {
            if (text.length() > 0)
            {
                text.append(',');
            }
            text.append(gtid);
        }
        return text.toString();
    }
}
