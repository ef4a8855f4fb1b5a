; A239492: The fifth bicycle lock sequence: a(n) is the maximum value of min{x*y, (5-x)*(n-y)} over 0 <= x <= 5, 0 <= y <= n for integers x, y.
; 0,0,2,3,4,6,6,8,9,10,12,12,14,15,16,18,18,20,21,22,24,24,26,27,28,30,30,32,33,34,36,36,38,39,40,42,42,44,45,46,48,48,50,51,52,54,54,56,57,58,60,60,62,63,64,66,66,68,69,70,72,72,74,75,76,78,78,80,81,82,84,84,86,87,88,90,90,92,93,94

mul $0,3
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
  add $2,$1
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$3
  sub $3,$2
  sub $0,1
  sub $3,$1
  lpb $3
    sub $3,1
  lpe
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$2
div $0,2
add $0,3
sub $0,3
