; A134418: Row sums of triangle A134417.
; 1,5,14,48,152,496,1600,5184,16768,54272,175616,568320,1839104,5951488

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $1,1
mov $2,3
add $0,3
lpb $0
  add $2,$3
  sub $0,1
  add $2,$3
  add $2,$3
  add $1,$2
  sub $2,$1
  sub $3,$2
  add $3,2
  mov $2,$3
  add $2,$3
lpe
mov $0,$2
sub $0,2
div $0,2
add $0,1
