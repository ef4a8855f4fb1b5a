; A121378: EBCDIC codes for decimal digits.
; 240,241,242,243,244,245,246,247,248,249

#offset 1

sub $0,1
lpb $0
  add $1,10
  mov $0,$1
lpe
add $0,240
