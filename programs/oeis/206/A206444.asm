; A206444: Least n such that L(n)<-1 and L(n)<L(n-1), where L(k) means the least root of the polynomial p(k,x) defined at A206284, and a(1)=13.
; Formula: a(n) = truncate(A002066(n)/3)
; 13,53,213,853,3413,13653,54613,218453,873813,3495253

#offset 1

seq $0,2066
div $0,3
