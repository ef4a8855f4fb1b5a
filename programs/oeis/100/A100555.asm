; A100555: Smallest square that is equal to the sum of n not-necessarily-distinct primes plus 1.
; 1,4,9,9,9,16,16,16,25,25,25,25,25,36,36,36,36,36,49,49,49,49,49,49,49,64,64,64,64,64,64,64,81,81,81,81,81,81,81,81,81,100,100,100,100,100,100,100,100,100,121,121,121,121,121,121,121,121,121,121,121,144,144

add $0,1
sub $0,1
sub $0,2
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $2,$4
  add $2,2
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $3,$2
  mov $2,$1
  add $2,$4
  sub $3,$1
  add $1,$3
lpe
pow $1,2
mov $0,$1
div $0,4
