; A217022: Number of city-block distance 1, pressure limit 2 movements in an n X 2 array with each element moving exactly one horizontally or vertically and no element acquiring more than two neighbors.
; Formula: a(n) = d(n+1)*d(n+1), b(n) = truncate((b(n-1)+c(n-1))/-1)-(d(n-1)+truncate((b(n-1)+c(n-1))/-1))-(d(n-1)+truncate((b(n-1)+c(n-1))/-1)+(truncate((b(n-1)+c(n-1))/-1)-(d(n-1)+truncate((b(n-1)+c(n-1))/-1)))), c(n) = c(n-1)+(b(n-1)+c(n-1)), d(n) = d(n-1)+truncate((b(n-1)+c(n-1))/-1)+(truncate((b(n-1)+c(n-1))/-1)-(d(n-1)+truncate((b(n-1)+c(n-1))/-1))), b(0) = 1, c(0) = 0, d(0) = 1
; 1,16,121,1024,8464,70225,582169,4826809,40018276,331786225,2750792704,22806436324,189084955921,1567676780761,12997387725721,107759513809984,893418974713225,7407211077304336,61412145361267600,509159460762351025,4221369485770871281,34998780752725167169,290169969320663723236,2405758408855393883281,19945804644527288227600,165367861316933896084996,1371041682394096731139489,11367113778289794497262481,94243141771560503991793969,781356634956699865691435536,6478117977759225561796258681

#offset 1

add $0,1
mov $1,1
mov $2,$0
mov $0,1
lpb $2
  add $0,$3
  add $3,$0
  div $0,-1
  add $1,$0
  sub $0,$1
  add $1,$0
  sub $2,1
  sub $0,$1
lpe
mov $0,$1
mul $0,$0
