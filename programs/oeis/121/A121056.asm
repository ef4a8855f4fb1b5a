; A121056: From a puzzle of Roger Penrose's in the Twistor Newsletter.
; Formula: a(n) = d(max(n+3,0))+7, b(n) = b(n-1)+c(n-1)+truncate(d(n-1)/2), c(n) = gcd(c(n-1),d(n-1)), d(n) = truncate(d(n-1)/2)+e(n-1)+(e(n-1)+(b(n-1)+c(n-1)+truncate(d(n-1)/2))-(truncate(d(n-1)/2)+e(n-1))), e(n) = e(n-1)+(b(n-1)+c(n-1)+truncate(d(n-1)/2))-(truncate(d(n-1)/2)+e(n-1)), b(0) = 2, c(0) = 0, d(0) = 0, e(0) = 0
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
