; A033824: Finite sequence associated with M24.
; Formula: a(n) = -2*logint(max(17*(n*n),1),2)+24
; 24,16,12,10,8,8,6,6,4,4,4,2

mul $0,$0
mul $0,17
max $0,1
log $0,2
mul $0,-2
add $0,24
