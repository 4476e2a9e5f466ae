{{- define "orders.db" -}}
{{ .Release.Name }}-db
{{- end -}}
