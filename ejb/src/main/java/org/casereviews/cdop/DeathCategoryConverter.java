package org.casereviews.cdop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a category as its number (1 to 10), as the national data sets count them. */
@Converter
public class DeathCategoryConverter implements AttributeConverter<DeathCategory, Integer> {

  @Override
  public Integer convertToDatabaseColumn(DeathCategory category) {
    return category == null ? null : category.getNumber();
  }

  @Override
  public DeathCategory convertToEntityAttribute(Integer number) {
    return number == null ? null : DeathCategory.ofNumber(number).orElse(null);
  }
}
