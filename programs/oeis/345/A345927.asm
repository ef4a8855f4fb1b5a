; A345927: Alternating sum of the binary expansion of n (row n of A030190). Replace 2^k with (-1)^(A070939(n)-k) in the binary expansion of n (compare to the definition of A065359).
; 0,1,1,0,1,2,0,1,1,0,2,1,0,-1,1,0,1,2,0,1,2,3,1,2,0,1,-1,0,1,2,0,1,1,0,2,1,0,-1,1,0,2,1,3,2,1,0,2,1,0,-1,1,0,-1,-2,0,-1,1,0,2,1,0,-1,1,0,1,2,0,1,2,3,1,2,0,1,-1,0,1,2,0,1

lpb $0
  lpb $0
    dif $0,2
    mul $1,-1
  lpe
  add $1,1
  trn $0,1
lpe
mov $0,$1
