package org.casereviews.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for client-side tests against the deployed application. */
public final class Http {

  /** The first administrator's password, set for the test domain by the build. */
  public static final String ADMIN_PASSWORD = "CaseReviews-IT-2026-secret";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private Http() {}

  /** The server root, such as http://localhost:28080. */
  public static String server() {
    return "http://localhost:" + System.getProperty("casereviews.it.httpPort", "28080");
  }

  /** The application root, such as http://localhost:28080/casereviews. */
  public static String app() {
    return server() + "/casereviews";
  }

  /** A value for an address's query, encoded. */
  public static String query(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse<String> get(String url, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public static HttpResponse<String> postJson(String url, String authorization, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public static HttpResponse<String> putJson(String url, String authorization, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public static HttpResponse<String> patchJson(String url, String authorization, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public static HttpResponse<String> postBytes(String url, String authorization, byte[] body) {
    return post(url, authorization, "application/octet-stream", body);
  }

  /** A POST of the body with its content type, such as a CSV file as {@code text/csv}. */
  public static HttpResponse<String> post(
      String url, String authorization, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  /** Sends the body as a stream of unknown length (chunked), as a client streaming a file does. */
  public static HttpResponse<String> postStream(String url, String authorization, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/octet-stream")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body)));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  /** A GET without signing in whose answer is kept as bytes, such as a public download. */
  public static HttpResponse<byte[]> getBytes(String url) {
    return getBytes(url, null);
  }

  /** A GET whose answer is kept as bytes, such as a file download. */
  public static HttpResponse<byte[]> getBytes(String url, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  /** Sends a request built by the test (with headers of its own), keeping the answer as text. */
  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
