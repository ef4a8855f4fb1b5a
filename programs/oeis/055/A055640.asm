; A055640: Number of nonzero digits in decimal expansion of n.
; Formula: a(n) = lodabin(n-10*floor(n/10),lodabin(0,n-10*floor(n/10)))+b(floor(n/10)), b(n) = 1, b(0) = 0
; 0,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2

lpb $0
  mov $1,1
  sub $0,10
lpe
bin $2,$0
bin $0,$2
add $0,$1
