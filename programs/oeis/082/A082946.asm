; A082946: Duplicate of A082945.
; Formula: a(n) = 101*n+10
; 111,212,313,414,515,616,717,818,919

#offset 1

mul $0,101
add $0,10
