; A384980: Number of proper vertex colorings of the n-complete bipartite graph using exactly 4 interchangeable colors.
; Formula: a(n) = b(max(n-1,0))*b(max(n-1,0))+c(max(n-1,0)), b(n) = 2*b(n-1)+1, c(n) = 3*c(n-1)+2*b(n-1), b(0) = 0, c(0) = 0
; 0,1,11,61,275,1141,4571,18061,71075,279781,1103531,4363261,17292275,68670421,273152891,1087959661,4337751875,17308485061,69105848651,276038071261,1102994217875,4408498475701,17623550326811,70462853802061,281757339138275,1126747061234341,4506141224763371

#offset 1

sub $0,1
lpb $0
  mul $1,2
  mov $2,$1
  add $1,1
  mul $3,3
  sub $0,1
  add $3,$2
lpe
mov $0,$1
mul $0,$1
add $0,$3
