package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBException;
import java.util.List;
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
  void unexpectedFailuresSayNothingOfTheirInsides() {
    ErrorBody body =
        ErrorMapper.describe(new IllegalStateException("SELECT * FROM secret_table failed"));

    assertEquals(500, body.status());
    assertFalse(body.message().contains("secret_table"));
  }
}
