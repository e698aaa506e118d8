package io.sluice.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** sluicectl's HTTP client of the admin REST API: one request, the JSON answer or one clear failure. */
final class AdminClient
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Monitor commands (a switchover) may take minutes. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(6);

    /** A request that did not succeed: the one line sluicectl prints. */
    static final class Failure extends Exception
    {
        private static final long serialVersionUID = 1L;

        Failure(final String message)
        {
            super(message, null, false, false);
        }
    }

    private final String baseUrl;
    private final String authorization;
    private final String user;
    private final HttpClient http;

    AdminClient(final String baseUrl, final String user, final String password)
    {
        this(baseUrl, user, password, null);
    }

    /** With an SSL context for https URLs (null: the JDK's default trust). */
    AdminClient(final String baseUrl, final String user, final String password, final javax.net.ssl.SSLContext tls)
    {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        final HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT);
        if (tls != null)
        {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    /** The answer's JSON document (an empty object for 204), or a Failure naming why. */
    JsonNode send(final String method, final String path) throws Failure
    {
        return send(method, path, null);
    }

    /** With a JSON request body (null for none). */
    JsonNode send(final String method, final String path, final String requestBody) throws Failure
    {
        final URI uri;
        try
        {
            uri = URI.create(baseUrl + path);
        }
        catch (final IllegalArgumentException e)
        {
            throw new Failure("bad URL " + baseUrl + path + ": " + e.getMessage());
        }
        final HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
            .header("Authorization", authorization).header("Content-Type", "application/json")
            .method(method, requestBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(requestBody))
            .build();
        final HttpResponse<String> response;
        try
        {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (final ConnectException | HttpConnectTimeoutException e)
        {
            throw new Failure("cannot reach Sluice at " + baseUrl + " (" + reason(e) + ")");
        }
        catch (final IOException e)
        {
            throw new Failure("cannot reach Sluice at " + baseUrl + " (" + reason(e) + ")");
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        final int status = response.statusCode();
        if (status == 403)
        {
            throw new Failure("user " + user + " may not change anything (a read-only account; HTTP 403)");
        }
        if (status == 401)
        {
            throw new Failure("wrong user or password for " + baseUrl + " (HTTP 401)");
        }
        final JsonNode body;
        try
        {
            body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }
        catch (final IOException e)
        {
            throw new Failure("not a Sluice admin API at " + baseUrl + " (HTTP " + status + ", not JSON)");
        }
        if (status >= 300)
        {
            final JsonNode detail = body.path("errors").path(0).path("detail");
            throw new Failure((detail.isMissingNode() ? "request failed" : detail.asText()) + " (HTTP " + status + ")");
        }
        return body;
    }

    private static String reason(final Exception e)
    {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null)
        {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
