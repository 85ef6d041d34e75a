package org.casereviews.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.RecordComponent;

/**
 * A record read with GET carries its {@code version} as a weak {@code ETag} too ({@code W/"7"}),
 * for clients and tools that look there. An update still sends the version it read in its body (409
 * when somebody changed the record meanwhile); the tag is the same number.
 */
@Provider
public class VersionTag implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!"GET".equals(request.getMethod())
        || response.getStatus() != 200
        || response.getHeaders().containsKey(HttpHeaders.ETAG)
        || !(response.getEntity() instanceof Record record)) {
      return;
    }
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals("version")
          && (component.getType() == long.class || component.getType() == Long.class)) {
        try {
          Object version = component.getAccessor().invoke(record);
          if (version != null) {
            response
                .getHeaders()
                .putSingle(HttpHeaders.ETAG, new EntityTag(version.toString(), true));
          }
        } catch (ReflectiveOperationException e) {
          return; // a record's accessor is public: this does not happen
        }
        return;
      }
    }
  }
}
