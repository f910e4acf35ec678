terraform {
  required_version = ">= 1.6"

  required_providers {
    # 3.x keeps the block syntax of the *_v1 / *_v2 resources used here.
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 3.1"
    }
  }
}
