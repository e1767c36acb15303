package vn.antq.members;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MembersApplication {

  public static void main(String[] args) {
    SpringApplication.run(MembersApplication.class, args);
  }
}
