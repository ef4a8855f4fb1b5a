; A134418: Row sums of triangle A134417.
; 1,5,14,48,152,496,1600,5184,16768,54272,175616,568320,1839104,5951488

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
bin $2,$1
add $0,1
sub $0,1
add $0,3
sub $3,6
mov $1,$0
lpb $1
  dif $2,-1
  sub $1,1
  sub $2,$3
  mul $3,4
  add $3,$2
lpe
mov $0,$2
