locals {
  # Kubernetes names are unique per namespace, and each environment has its
  # own namespace, so no environment suffix: the portal finds the HPA in
  # kube-state-metrics by horizontalpodautoscaler="<service>".
  name = var.service

  # The selector of the Deployment cannot change after creation, so it holds
  # only labels that never do.
  selector_labels = {
    "app"                    = var.service
    "app.kubernetes.io/name" = var.service
  }

  labels = merge(local.selector_labels, {
    "backstage.io/kubernetes-id"   = var.service
    "app.kubernetes.io/managed-by" = "terraform"
    "environment"                  = var.environment
  })

  # Names of secrets are not secret; values stay sensitive.
  secret_env_names = nonsensitive(keys(var.secret_env))
}

resource "kubernetes_secret_v1" "env" {
  metadata {
    name      = "${local.name}-env"
    namespace = var.namespace
    labels    = local.labels
  }

  type = "Opaque"
  data = var.secret_env

  lifecycle {
    precondition {
      condition     = length(setintersection(keys(var.env), local.secret_env_names)) == 0
      error_message = "A name is in both env and secret_env; give each variable once."
    }
  }
}

resource "kubernetes_deployment_v1" "this" {
  metadata {
    name      = local.name
    namespace = var.namespace
    labels    = local.labels
  }

  spec {
    # replicas stays unset: the HorizontalPodAutoscaler owns it, and the
    # provider keeps an unset replicas as read from the cluster.
    revision_history_limit = 5

    selector {
      match_labels = local.selector_labels
    }

    strategy {
      type = "RollingUpdate"

      # A new pod must be ready before an old one goes, even at one replica.
      rolling_update {
        max_surge       = "1"
        max_unavailable = "0"
      }
    }

    template {
      metadata {
        labels = local.labels

        annotations = {
          # env_from is read at pod start only: a new hash rolls the pods
          # when a secret value changes.
          "checksum/secret-env" = nonsensitive(sha256(jsonencode(var.secret_env)))
        }
      }

      spec {
        automount_service_account_token  = false
        termination_grace_period_seconds = 30

        security_context {
          run_as_non_root = true
          run_as_user     = tostring(var.run_as_user)
          run_as_group    = tostring(var.run_as_user)
          fs_group        = tostring(var.run_as_user)

          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        container {
          name  = var.service
          image = var.image

          port {
            name           = "http"
            container_port = var.port
            protocol       = "TCP"
          }

          env {
            name  = "PORT"
            value = tostring(var.port)
          }

          dynamic "env" {
            for_each = var.env

            content {
              name  = env.key
              value = env.value
            }
          }

          env_from {
            secret_ref {
              name = kubernetes_secret_v1.env.metadata[0].name
            }
          }

          resources {
            requests = {
              cpu    = var.cpu_request
              memory = var.memory_request
            }
            limits = {
              cpu    = var.cpu_limit
              memory = var.memory_limit
            }
          }

          readiness_probe {
            http_get {
              path = var.health_check_path
              port = "http"
            }

            initial_delay_seconds = 5
            period_seconds        = 10
            timeout_seconds       = 2
            failure_threshold     = 3
          }

          liveness_probe {
            http_get {
              path = var.health_check_path
              port = "http"
            }

            initial_delay_seconds = 20
            period_seconds        = 20
            timeout_seconds       = 2
            failure_threshold     = 3
          }

          # Removal from the Service endpoints and the ingress upstreams is
          # asynchronous to SIGTERM: keep serving while they catch up.
          lifecycle {
            pre_stop {
              exec {
                command = ["sleep", tostring(var.pre_stop_sleep_seconds)]
              }
            }
          }

          security_context {
            allow_privilege_escalation = false
            privileged                 = false
            read_only_root_filesystem  = true
            run_as_non_root            = true

            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
        }

        # The root filesystem is read-only; /tmp is the one writable place.
        volume {
          name = "tmp"

          empty_dir {
            size_limit = "256Mi"
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "this" {
  metadata {
    name      = local.name
    namespace = var.namespace
    labels    = local.labels
  }

  spec {
    type     = "ClusterIP"
    selector = local.selector_labels

    port {
      name        = "http"
      port        = var.port
      target_port = "http"
      protocol    = "TCP"
    }
  }
}

resource "kubernetes_ingress_v1" "this" {
  metadata {
    name      = local.name
    namespace = var.namespace
    labels    = local.labels
  }

  spec {
    ingress_class_name = var.ingress_class_name

    rule {
      host = var.hostname

      http {
        path {
          path      = "/"
          path_type = "Prefix"

          backend {
            service {
              name = kubernetes_service_v1.this.metadata[0].name

              port {
                number = var.port
              }
            }
          }
        }
      }
    }

    # Cloudflare terminates TLS for visitors; a certificate here only
    # secures the hop from Cloudflare to the load balancer.
    dynamic "tls" {
      for_each = var.tls_secret_name == null ? [] : [var.tls_secret_name]

      content {
        hosts       = [var.hostname]
        secret_name = tls.value
      }
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "this" {
  metadata {
    name      = var.service
    namespace = var.namespace
    labels    = local.labels
  }

  spec {
    min_replicas = var.replicas_min
    max_replicas = var.replicas_max

    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = kubernetes_deployment_v1.this.metadata[0].name
    }

    metric {
      type = "Resource"

      resource {
        name = "cpu"

        target {
          type                = "Utilization"
          average_utilization = var.cpu_target_percent
        }
      }
    }

    metric {
      type = "Resource"

      resource {
        name = "memory"

        target {
          type                = "Utilization"
          average_utilization = var.memory_target_percent
        }
      }
    }

    behavior {
      # Up: the larger of +2 pods or +100 % per minute.
      scale_up {
        stabilization_window_seconds = var.scale_up_stabilization_seconds
        select_policy                = "Max"

        policy {
          type           = "Pods"
          value          = 2
          period_seconds = 60
        }

        policy {
          type           = "Percent"
          value          = 100
          period_seconds = 60
        }
      }

      # Down: the smaller of -1 pod or -25 % per minute, so a drop in load
      # does not empty the service at once.
      scale_down {
        stabilization_window_seconds = var.scale_down_stabilization_seconds
        select_policy                = "Min"

        policy {
          type           = "Pods"
          value          = 1
          period_seconds = 60
        }

        policy {
          type           = "Percent"
          value          = 25
          period_seconds = 60
        }
      }
    }
  }

  lifecycle {
    precondition {
      condition     = var.replicas_max >= var.replicas_min
      error_message = "replicas_max must be at least replicas_min."
    }
  }
}

# max_unavailable rather than min_available: a one-replica service can still
# be evicted when a node is drained (its replacement starts elsewhere).
resource "kubernetes_pod_disruption_budget_v1" "this" {
  metadata {
    name      = local.name
    namespace = var.namespace
    labels    = local.labels
  }

  spec {
    max_unavailable = "1"

    selector {
      match_labels = local.selector_labels
    }
  }
}
