package org.casereviews.cdop.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** {@link SetStatements} on plain JDBC, for tests: {@code ?N} becomes {@code ?}, bound in order. */
final class JdbcStatements implements SetStatements {

  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  private final DataSource dataSource;

  JdbcStatements(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public long update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public long count(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    List<Object> bound = new ArrayList<>();
    Matcher numbered = NUMBERED.matcher(sql);
    StringBuilder plain = new StringBuilder();
    while (numbered.find()) {
      bound.add(parameters[Integer.parseInt(numbered.group(1)) - 1]);
      numbered.appendReplacement(plain, "?");
    }
    numbered.appendTail(plain);
    PreparedStatement statement = connection.prepareStatement(plain.toString());
    for (int i = 0; i < bound.size(); i++) {
      statement.setObject(i + 1, bound.get(i));
    }
    return statement;
  }
}
