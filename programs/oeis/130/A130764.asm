; A130764: ASCII codes for upper case letters.
; 65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90

#offset 1

sub $0,1
add $3,$0
mov $0,65
add $3,$0
mov $0,$3
