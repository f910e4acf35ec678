/** The service the examples create, as a template's YAML passes it (indented for `input.service`). */
export const EXAMPLE_SERVICE_YAML = `
        name: orders-agent
        title: Orders agent
        description: Answers questions about orders
        owner: group:default/agents-team
        system: agent-platform
        agentType: realization
        port: 8086
        hosting: kubernetes
        database: { kind: neon, readReplica: true }
        edgeDomain: orders.agents.example.com
        slo: { availabilityPercent: 99.9, p95LatencyMs: 120 }
        autoscaling:
          min: 1
          max: 3
          cpuPercent: 75
          memoryPercent: 80
          p95LatencyMs: 400
          scaleUpCooldownSeconds: 300
          scaleDownCooldownSeconds: 600`;
