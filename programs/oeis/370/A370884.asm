; A370884: Irregular triangle read by rows: T(n,k) is the number of unmatched left parentheses in the k-th string of parentheses of length n, where strings within a row are in reverse lexicographical order.
; 0,0,1,0,1,0,2,0,1,0,2,0,1,1,3,0,1,0,2,0,1,1,3,0,1,0,2,0,2,2,4,0,1,0,2,0,1,1,3,0,1,0,2,0,2,2,4,0,1,0,2,0,1,1,3,0,1,1,3,1,3,3,5,0,1,0,2,0,1,1,3,0,1,0,2,0,2,2,4,0

add $0,1
lpb $0
  lpb $1
    sub $2,100
    sub $1,1
  lpe
  lpb $0
    sub $1,1
    dif $0,2
  lpe
  add $1,1
  div $0,2
lpe
mov $0,$2
div $0,-100
