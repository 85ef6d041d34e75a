package org.casereviews.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network address a public request came from, for the abuse limits. Behind the council's load
 * balancer every request arrives from the balancer, so when the direct peer is one of {@code
 * casereviews.public.trusted-proxies} (addresses separated by commas) the address is the last one
 * in {@code X-Forwarded-For} that is not itself a trusted proxy. The header is ignored from anyone
 * else, so that nobody can choose their own address.
 */
@ApplicationScoped
public class ClientAddress {

  private Set<String> trusted;

  @Inject
  void configure(
      @ConfigProperty(name = "casereviews.public.trusted-proxies") Optional<String> proxies) {
    trusted = parse(proxies.orElse(""));
  }

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
  }

  static String of(String peer, String forwardedFor, Set<String> trusted) {
    if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trusted.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? peer : hops.get(0);
  }

  static Set<String> parse(String proxies) {
    return Arrays.stream(proxies.split(","))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
