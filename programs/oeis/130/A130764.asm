; A130764: ASCII codes for upper case letters.
; Formula: a(n) = n+64
; 65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90

#offset 1

add $0,64
