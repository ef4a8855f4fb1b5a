; A121056: From a puzzle of Roger Penrose's in the Twistor Newsletter.
; 7,9,12,16,24,36,56,90

#offset -3

add $0,3
mov $1,2
lpb $0
  add $1,$2
  sub $0,1
  gcd $2,$3
  div $3,2
  add $1,$3
  add $3,$4
  add $4,$1
  sub $4,$3
  add $3,$4
lpe
mov $0,$3
add $0,7
