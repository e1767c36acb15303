package vn.antq.welfare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WelfareApplication {

  public static void main(String[] args) {
    SpringApplication.run(WelfareApplication.class, args);
  }
}
