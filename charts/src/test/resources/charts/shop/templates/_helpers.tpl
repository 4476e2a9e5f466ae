{{- define "shop.fullname" -}}
{{ .Release.Name }}-web
{{- end -}}

{{- define "shop.labels" -}}
app.kubernetes.io/name: web
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
