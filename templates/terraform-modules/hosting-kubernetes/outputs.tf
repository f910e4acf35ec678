output "namespace" {
  description = "The namespace holding the service's objects."
  value       = kubernetes_deployment_v1.this.metadata[0].namespace
}

output "deployment_name" {
  description = "The Deployment's name."
  value       = kubernetes_deployment_v1.this.metadata[0].name
}

output "service_name" {
  description = "The ClusterIP Service's name."
  value       = kubernetes_service_v1.this.metadata[0].name
}

output "hpa_name" {
  description = "The HorizontalPodAutoscaler's name (the service name, as kube-state-metrics reports it)."
  value       = kubernetes_horizontal_pod_autoscaler_v2.this.metadata[0].name
}

output "origin_hostname" {
  description = "The ingress controller's load balancer host name: the target of the edge's proxied CNAME."
  value       = var.ingress_origin_hostname
}
