; A133271: Indices of 7-gonal numbers which are also centered 7-gonal numbers.
; 1,8,92,1093,13021,155156,1848848,22031017,262523353,3128249216,37276467236,444189357613,5292995824117,63071760531788,751568130557336,8955745806156241,106717381543317553,1271652832713654392

#offset 1

sub $0,1
sub $0,1
sub $1,3
add $0,2
sub $1,3
add $2,$1
lpb $0
  add $1,$2
  sub $1,$2
  sub $1,$2
  sub $2,$1
  sub $2,$1
  sub $2,$1
  sub $0,1
  sub $2,$1
  sub $2,$1
  sub $1,$2
lpe
mov $0,$2
div $0,-2
div $0,-2
mul $0,-2
div $0,30
mul $0,7
add $0,1
