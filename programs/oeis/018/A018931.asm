; A018931: The number of permutations of n cards in which 2 is the first card hit and 3 the next hit after 2.
; 0,1,2,12,72,480,3600,30240,282240,2903040,32659200,399168000,5269017600,74724249600,1133317785600,18307441152000,313841848320000,5690998849536000,108840352997376000,2189611807358976000,46225138155356160000,1021818843434188800000

#offset 3

sub $0,3
mov $3,$0
sub $0,1
max $0,0
add $0,1
sub $0,1
sub $0,1
sub $0,2
sub $1,$0
add $0,3
sub $1,4
lpb $0
  mul $1,$0
  sub $0,1
  add $2,$1
  mov $1,0
  add $1,$2
lpe
mov $0,$1
sub $0,-1
div $0,-1
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
