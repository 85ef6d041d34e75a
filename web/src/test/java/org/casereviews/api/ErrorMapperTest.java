package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.casereviews.shared.AccessRefusedException;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  @Test
  void refusalsBecome400WithTheFieldInTheDetails() {
    ErrorBody body = ErrorMapper.describe(new BusinessException("code", "Enter a code."));

    assertEquals(400, body.status());
    assertEquals("Enter a code.", body.message());
    assertEquals(List.of("code: Enter a code."), body.details());
  }

  @Test
  void wrappedExceptionsAreFoundInTheCauseChain() {
    assertEquals(
        409,
        ErrorMapper.describe(new EJBException(new ConflictException("username", "Taken.")))
            .status());
    assertEquals(
        404, ErrorMapper.describe(new EJBException(new NotFoundException("Gone."))).status());
    assertEquals(
        403, ErrorMapper.describe(new AccessLocalException("Client not authorized")).status());
  }

  @Test
  void aFieldTheRequestDoesNotTakeIsNamed() {
    // Yasson's message, as the server's JSON-B gives it with jsonb.fail-on-unknown-properties
    ErrorBody body =
        ErrorMapper.describe(
            new ProcessingException(
                new JsonbException(
                    "Json property colour can not be mapped to a class class"
                        + " org.casereviews.api.ReferenceResource$NewEntry.")));

    assertEquals(400, body.status());
    assertEquals(
        "The request has a field this request does not take: colour. Check its name against the"
            + " OpenAPI document (/openapi).",
        body.message());
    assertEquals(List.of("colour: not a field of this request."), body.details());
  }

  @Test
  void aRecordRefusedToThisCallerIs403AndAnUnreadableBodyIs400() {
    assertEquals(
        403,
        ErrorMapper.describe(new AccessRefusedException("Another agency's notification."))
            .status());
    assertEquals(
        400,
        ErrorMapper.describe(new ProcessingException(new JsonbException("bad date"))).status());
  }

  @Test
  void aFieldOfAListIsNamedWithItsPosition() {
    assertEquals("children[1].ageYears", ErrorMapper.field("submit.details.children[1].ageYears"));
    assertEquals("summary", ErrorMapper.field("submit.details.summary"));
    assertEquals("code", ErrorMapper.field("code"));
  }

  @Test
  void unexpectedFailuresSayNothingOfTheirInsides() {
    ErrorBody body =
        ErrorMapper.describe(new IllegalStateException("SELECT * FROM secret_table failed"));

    assertEquals(500, body.status());
    assertFalse(body.message().contains("secret_table"));
  }
}
