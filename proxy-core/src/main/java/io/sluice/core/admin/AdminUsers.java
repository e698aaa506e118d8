package io.sluice.core.admin;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The admin API's accounts (MaxScale's "inet" users): kept in {@code DATADIR/admin-users.json}, passwords
 * hashed with bcrypt, each with an {@code admin} role (may change things) or a {@code basic} one (read-only).
 * While no admin account exists, the default {@code admin}/{@code mariadb} does (MaxScale's); creating an
 * admin removes it. Admin thread only, apart from {@link #authenticate}, which may run anywhere.
 */
final class AdminUsers
{
    /** The file in the data directory. */
    static final String FILE_NAME = "admin-users.json";
    static final String DEFAULT_USER = "admin";
    static final String DEFAULT_PASSWORD = "mariadb";
    private static final int BCRYPT_COST = 10;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** An account's role. */
    enum Role
    {
        ADMIN, BASIC;

        String text()
        {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Role parse(final String text)
        {
            return switch (text == null ? "" : text)
            {
                case "admin" -> ADMIN;
                case "basic" -> BASIC;
                default -> throw AdminException.badRequest("account must be admin or basic, not '" + text + "'");
            };
        }
    }

    /** A stored account. */
    record User(String name, Role role, String hash)
    {
    }

    private final Path file;
    private volatile Map<String, User> users;
    /** Verified credentials (a SHA-256 of user and password) to the user: bcrypt runs once per credential. */
    private final Map<String, User> verified = new ConcurrentHashMap<>();

    private AdminUsers(final Path file, final Map<String, User> users)
    {
        this.file = file;
        this.users = users;
    }

    /** The accounts of the data directory (none yet when the file does not exist). */
    static AdminUsers load(final Path dataDir)
    {
        final Path file = dataDir.resolve(FILE_NAME);
        final Map<String, User> users = new LinkedHashMap<>();
        if (Files.exists(file))
        {
            try
            {
                final List<Map<String, String>> stored = JSON.readValue(file.toFile(), new TypeReference<>()
                {
                });
                for (final Map<String, String> u : stored)
                {
                    users.put(u.get("name"),
                            new User(u.get("name"), Role.parse(u.get("account")), u.get("password_hash")));
                }
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException("cannot read admin accounts from " + file + ": " + e.getMessage(), e);
            }
        }
        return new AdminUsers(file, users);
    }

    /** The accounts as the API lists them: the stored ones, or the default one while no admin exists. */
    List<User> list()
    {
        final Map<String, User> current = users;
        if (!hasAdmin(current))
        {
            final List<User> all = new ArrayList<>(current.values());
            all.add(0, new User(DEFAULT_USER, Role.ADMIN, null));
            return all;
        }
        return List.copyOf(current.values());
    }

    private static boolean hasAdmin(final Map<String, User> users)
    {
        return users.values().stream().anyMatch(u -> u.role() == Role.ADMIN);
    }

    /** The account these credentials log in as, or null. */
    User authenticate(final String name, final String password)
    {
        final String key = digest(name + "\u0000" + password);
        final User known = verified.get(key);
        if (known != null)
        {
            return known;
        }
        final Map<String, User> current = users;
        User user = null;
        final User stored = current.get(name);
        if (stored != null && BCrypt.verifyer().verify(password.toCharArray(), stored.hash()).verified)
        {
            user = stored;
        }
        else if (stored == null && !hasAdmin(current) && DEFAULT_USER.equals(name) && DEFAULT_PASSWORD.equals(password))
        {
            user = new User(DEFAULT_USER, Role.ADMIN, null);
        }
        if (user != null)
        {
            verified.put(key, user);
        }
        return user;
    }

    /** Creates an account; refused (400) for a bad name, an empty password or a name already taken. */
    synchronized void create(final String name, final String password, final Role role)
    {
        if (name == null || !NAME.matcher(name).matches())
        {
            throw AdminException.badRequest("a user name is 1 to 64 letters, digits or _ . @ -, not '" + name + "'");
        }
        if (users.containsKey(name))
        {
            throw AdminException.badRequest("user '" + name + "' already exists");
        }
        final Map<String, User> next = new LinkedHashMap<>(users);
        next.put(name, new User(name, role, hash(password)));
        save(next);
    }

    /** Changes an account's password. */
    synchronized void setPassword(final String name, final String password)
    {
        final User user = existing(name);
        final Map<String, User> next = new LinkedHashMap<>(users);
        next.put(name, new User(name, user.role(), hash(password)));
        save(next);
    }

    /** Removes an account; the last admin cannot be removed (the default one would come back). */
    synchronized void delete(final String name)
    {
        final User user = existing(name);
        final Map<String, User> next = new LinkedHashMap<>(users);
        next.remove(name);
        if (user.role() == Role.ADMIN && !hasAdmin(next))
        {
            throw AdminException.badRequest("user '" + name + "' is the last admin account; create another first");
        }
        save(next);
    }

    private User existing(final String name)
    {
        final User user = users.get(name);
        if (user == null)
        {
            throw AdminException.notFound("no user named '" + name + "'" + (DEFAULT_USER.equals(name)
                ? " (the default account cannot be changed: create an admin account instead)" : ""));
        }
        return user;
    }

    private static String hash(final String password)
    {
        if (password == null || password.isEmpty())
        {
            throw AdminException.badRequest("a password must not be empty");
        }
        return BCrypt.withDefaults().hashToString(BCRYPT_COST, password.toCharArray());
    }

    /** Writes the file (owner-only, replaced atomically), then makes the accounts current. */
    private void save(final Map<String, User> next)
    {
        final List<Map<String, String>> stored = new ArrayList<>();
        for (final User u : next.values())
        {
            final Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", u.name());
            entry.put("account", u.role().text());
            entry.put("password_hash", u.hash());
            stored.add(entry);
        }
        try
        {
            Files.createDirectories(file.getParent());
            final Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.write(tmp, JSON.writeValueAsBytes(stored));
            try
            {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            catch (final UnsupportedOperationException ignored)
            {
                // not a POSIX file system
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException e)
        {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
        users = next;
        verified.clear();
    }

    private static String digest(final String text)
    {
        try
        {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
