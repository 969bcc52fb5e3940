package bench.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class FloorApplication {

	@GetMapping("/")
	String ok() {
		return "ok";
	}

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

}
