; A134418: Row sums of triangle A134417.
; Formula: a(n) = b(max(n-1,0)), b(n) = b(n-1)+c(n-1), c(n) = c(n-1)+5*b(n-1), b(0) = 1, c(0) = 4
; 1,5,14,48,152,496,1600,5184,16768,54272,175616,568320,1839104,5951488

#offset 1

sub $0,1
mov $1,1
mov $2,4
lpb $0
  mov $3,$1
  mul $3,5
  sub $0,1
  add $1,$2
  add $2,$3
lpe
mov $0,$1
