package org.casereviews.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON binding: a field the request does not take is refused (400, naming the field)
 * rather than ignored, so that a misspelt {@code "dueDtae"} is not silently lost. Answers are
 * written as before.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  /** Yasson's switch, the JSON-B implementation of the server. */
  static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
